package nl.wijkplaats.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Renders a Thymeleaf template to an A4 PDF with openhtmltopdf. PDF templates must be well-formed XHTML
 * (close every element, {@code <br/>}, no named entities except the XML ones) and carry their own CSS with
 * {@code @page { size: A4; }}.
 *
 * <p>Every PDF is tagged for screen readers (PDF/UA-1) and archivable (PDF/A-3u), with its fonts embedded. The PDF's
 * built-in fonts know only Western European letters and print a '#' for others, so a name such as Şahin, Yıldız or
 * Łukasz would come out wrong; and PDF/UA needs embedded fonts anyway. So templates use {@link #FONT}, Liberation Sans
 * (SIL Open Font License): {@code font-family: "Liberation Sans"} on the body <em>and</em> in every page margin box
 * (margin boxes do not inherit the body's font; a margin box without it fails the rendering). Templates set the
 * document's title ({@code <title>}), language ({@code <html lang="nl">}) and description
 * ({@code <meta name="subject" content="..."/>}).
 */
@Component
public class PdfRenderer {

    /** The font family that PDF templates name. */
    public static final String FONT = "Liberation Sans";

    private record Face(byte[] ttf, int weight, FontStyle style) {
    }

    private final TemplateEngine templates;
    private final Formats formats;
    private final List<Face> faces;
    private final byte[] srgb;

    PdfRenderer(TemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = formats;
        // read once: about 1.6 MB, embedded as a subset of the letters a document uses
        this.faces = List.of(
                new Face(font("LiberationSans-Regular.ttf"), 400, FontStyle.NORMAL),
                new Face(font("LiberationSans-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(font("LiberationSans-Italic.ttf"), 400, FontStyle.ITALIC),
                new Face(font("LiberationSans-BoldItalic.ttf"), 700, FontStyle.ITALIC));
        // PDF/A names the colour space of the page: sRGB, the profile the JDK carries
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) throw new IllegalStateException("font " + file + " not on the class path (openpdf-fonts-extra)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(Formats.NL);
        context.setVariables(variables);
        context.setVariable("fmt", formats);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face f : faces) builder.useFont(() -> new ByteArrayInputStream(f.ttf()), FONT, f.weight(), f.style(), true);
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
            builder.useColorProfile(srgb);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
