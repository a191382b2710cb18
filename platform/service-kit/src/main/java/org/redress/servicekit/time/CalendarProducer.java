package org.redress.servicekit.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.redress.statutorytime.WorkingDayCalendar;

/** The England and Wales working-day calendar, built once per service. */
@ApplicationScoped
public class CalendarProducer {

    @Produces
    @ApplicationScoped
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}
