package nl.wijkplaats.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a Thymeleaf template to an A4 PDF with openhtmltopdf. PDF templates must be well-formed XHTML
 * (close every element, {@code <br/>}, no named entities except the XML ones) and carry their own CSS with
 * {@code @page { size: A4; }}.
 */
@Component
public class PdfRenderer {

    private final TemplateEngine templates;
    private final Formats formats;

    PdfRenderer(TemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = formats;
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(Formats.NL);
        context.setVariables(variables);
        context.setVariable("fmt", formats);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
