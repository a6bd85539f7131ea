package org.salwmonitor.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time tool: compiles every {@code .jrxml} under a folder into a {@code .jasper} file beside it
 * in the output folder. The Maven build runs it in {@code process-classes}, so that the renderer only
 * loads compiled templates ({@code JRLoader.loadObject}) and needs no Java compiler at run time.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /**
     * Compiles the templates.
     *
     * @param args  the source folder (with {@code .jrxml} files) and the output folder
     * @throws IOException   if a folder cannot be read or written
     * @throws JRException   if a template does not compile
     */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("arguments must be the source and output folders, were "
                    + List.of(args));
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replace(".jrxml", ".jasper");
            JasperCompileManager.compileReportToFile(template.toString(), output.resolve(name).toString());
        }
        System.out.println("Compiled " + templates.size() + " report templates into " + output);
    }
}
