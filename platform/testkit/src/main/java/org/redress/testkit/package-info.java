/**
 * Test-only infrastructure for Redress services: a real Kafka broker and a fresh PostgreSQL database
 * ({@link org.redress.testkit.RedressTestResources}), CloudEvent helpers
 * ({@link org.redress.testkit.CloudEventPublisher}, {@link org.redress.testkit.CloudEventRecords})
 * and a {@link org.redress.testkit.MutableClock}.
 *
 * <p>Wire it once per service test module, on any one {@code @QuarkusTest} class:
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = RedressTestResources.class, restrictToAnnotatedClass = false)
 * class ComplaintResourceTest { … }
 * }</pre>
 * {@code restrictToAnnotatedClass = false} makes it a global resource: it applies to every
 * {@code @QuarkusTest} in the module and causes no extra Quarkus restarts. {@code @QuarkusTestResource}
 * rather than {@code @WithTestResource}: the Javadoc of {@code WithTestResource} in Quarkus 3.33.2 says
 * {@code QuarkusTestResource} was un-deprecated and recommends not using {@code WithTestResource} for now
 * (its equivalent would be {@code @WithTestResource(value = RedressTestResources.class,
 * scope = TestResourceScope.GLOBAL)}).
 */
package org.redress.testkit;
