package org.redress.complaints.intake.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.reading.ComplaintView;
import org.redress.servicekit.api.PageView;

/**
 * One page of the work queue. The same shape as every page (items, page, size, total), named for
 * what its items are, so that an integrator's generated client reads each item as a complaint.
 */
@Schema(name = "ComplaintPage", description = "One page of complaints")
public record ComplaintPage(
        @Schema(description = "The complaints on this page") List<ComplaintView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of complaints on all pages", examples = "57") long total) {

    static ComplaintPage of(PageView<ComplaintView> page) {
        return new ComplaintPage(page.items(), page.page(), page.size(), page.total());
    }
}
