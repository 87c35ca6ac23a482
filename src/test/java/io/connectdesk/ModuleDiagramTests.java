package io.connectdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagram and one diagram per module (PlantUML, C4 style) into {@code docs/modules/},
 * linked from {@code docs/modules.md}. The generated files are committed, and the test fails when they were
 * stale (a module's dependencies changed without them): the run has rewritten them, commit them. (Module canvases are left out: they need the Javadoc metadata of
 * {@code spring-modulith-apt}, which the build does not generate.)
 */
class ModuleDiagramTests {

	static final Path OUTPUT = Path.of("docs", "modules");

	@Test
	void writesTheModuleDiagramAndCanvases() throws IOException {
		Map<Path, String> committed = diagrams();
		ApplicationModules modules = ApplicationModules.of(ConnectDeskApplication.class);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> written = Files.list(OUTPUT)) {
			for (Path file : written.filter(path -> path.toString().endsWith(".puml")).toList()) {
				Files.write(file, stableOrder(Files.readAllLines(file)));
			}
		}

		String diagram = Files.readString(OUTPUT.resolve("components.puml"));
		modules.forEach(module -> assertThat(diagram).contains(module.getDisplayName()));
		assertThat(OUTPUT.resolve("module-ticket.puml")).exists();
		assertThat(OUTPUT.resolve("module-filing.puml")).exists();
		assertThat(diagrams()).as("docs/modules was stale and has been rewritten: commit it").isEqualTo(committed);
	}

	private static Map<Path, String> diagrams() throws IOException {
		Map<Path, String> contents = new TreeMap<>();
		if (Files.isDirectory(OUTPUT)) {
			try (Stream<Path> files = Files.list(OUTPUT)) {
				for (Path file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
					contents.put(file.getFileName(), Files.readString(file));
				}
			}
		}
		return contents;
	}

	/**
	 * The Documenter lists modules and relations in no fixed order; sorted runs of them keep the
	 * committed files from changing when nothing changed.
	 */
	private static List<String> stableOrder(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(") || line.strip().startsWith("Component(")) {
				run.add(line);
				continue;
			}
			run.sort(null);
			sorted.addAll(run);
			run.clear();
			sorted.add(line);
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

}
