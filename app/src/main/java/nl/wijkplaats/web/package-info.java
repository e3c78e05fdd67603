/**
 * Shared web parts: the page layout, number and date formatting for templates ({@code @fmt}), navigation links that
 * modules contribute, error pages. Every module may use it for its views; it depends on no domain module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.wijkplaats.web;
