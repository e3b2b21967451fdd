package org.rapport.grader.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.doccat.DoccatModel;
import org.rapport.grader.features.FeatureFamilies;

/**
 * A trained grader on disk: OpenNLP's doccat model plus what the grader needs around it (version,
 * thresholds, how it was trained), in one zip file. Internal to the grader: callers see {@code ResponseGrader}.
 *
 * @param doccat     the per-sentence categorizer
 * @param properties version, algorithm, feature families, thresholds and training figures
 */
public record GraderModel(DoccatModel doccat, Properties properties) {
    public static final String VERSION = "version";
    public static final String ALGORITHM = "algorithm";
    public static final String FAMILIES = "families";
    public static final String JUDGING_THRESHOLD = "judgingThreshold";
    public static final String UNSURE_THRESHOLD = "unsureThreshold";

    private static final String PROPERTIES_ENTRY = "grader.properties";
    private static final String DOCCAT_ENTRY = "doccat.bin";

    public String version() {
        return properties.getProperty(VERSION);
    }

    public double judgingThreshold() {
        return Double.parseDouble(properties.getProperty(JUDGING_THRESHOLD, "0.5"));
    }

    public double unsureThreshold() {
        return Double.parseDouble(properties.getProperty(UNSURE_THRESHOLD, "0.5"));
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Fixed entry times keep the file byte-for-byte reproducible from the same corpus.
        ZipEntry props = new ZipEntry(PROPERTIES_ENTRY);
        props.setTime(0);
        zip.putNextEntry(props);
        StringBuilder text = new StringBuilder("# Rapport grader model\n");
        properties.stringPropertyNames().stream().sorted()
                .forEach(k -> text.append(k).append('=').append(properties.getProperty(k)).append('\n'));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        ZipEntry doccatEntry = new ZipEntry(DOCCAT_ENTRY);
        doccatEntry.setTime(0);
        zip.putNextEntry(doccatEntry);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doccat.serialize(bytes);
        zip.write(bytes.toByteArray());
        zip.closeEntry();
        zip.finish();
    }

    public static GraderModel read(InputStream in) throws IOException {
        FeatureFamilies.allowInOpenNlp();
        Properties properties = null;
        DoccatModel doccat = null;
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            byte[] content = zip.readAllBytes();
            if (PROPERTIES_ENTRY.equals(entry.getName())) {
                properties = new Properties();
                properties.load(new java.io.StringReader(new String(content, StandardCharsets.UTF_8)));
            } else if (DOCCAT_ENTRY.equals(entry.getName())) {
                doccat = new DoccatModel(new ByteArrayInputStream(content));
            }
        }
        if (properties == null || doccat == null || properties.getProperty(VERSION) == null) {
            throw new IOException("not a Rapport grader model: expected " + PROPERTIES_ENTRY + " with a version and "
                    + DOCCAT_ENTRY + " in the file");
        }
        return new GraderModel(doccat, properties);
    }
}
