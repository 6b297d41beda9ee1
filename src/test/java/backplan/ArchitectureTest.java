package backplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;


import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house's layers, checked on every build: the entry point and the commands on top, the application layer that
 * runs them, the terminal under it, and a core that knows nothing of the command line or the terminal.
 */
@AnalyzeClasses(packages = "backplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"backplan.text..", "backplan.program..", "backplan.history..",
        "backplan.session..", "backplan.sound..", "backplan.host..", "backplan.settings..", "backplan.catalog..", "backplan.figure..",
        "backplan.base.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Entry").definedBy(DescribedPredicate.describe("the entry point",
                    (JavaClass c) -> c.getPackageName().equals("backplan")))
            .layer("Cli").definedBy("backplan.cli..")
            .layer("App").definedBy("backplan.app..")
            .layer("Term").definedBy("backplan.term..")
            .layer("Core").definedBy(CORE)
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Entry", "Cli")
            .whereLayer("Term").mayOnlyBeAccessedByLayers("Entry", "App")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Entry", "Cli", "App", "Term");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("backplan.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theRootHoldsOnlyTheEntryPoint = classes().that().resideInAPackage("backplan")
            .should().haveSimpleNameStartingWith("Backplan");

    @ArchTest
    static final ArchRule theBottomImportsNothingAbove = noClasses().that().resideInAPackage("backplan.base..")
            .should().dependOnClassesThat().resideOutsideOfPackages("backplan.base..", "java..", "javax..",
                    "com.fasterxml.jackson..", "org.snakeyaml..");

    @ArchTest
    static final ArchRule picocliOnlyInTheCommands = noClasses().that()
            .resideOutsideOfPackages("backplan", "backplan.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .allowEmptyShould(true);

    /**
     * JLine and Jansi only where the terminal is. One exception: the text package measures with JLine's
     * {@code WCWidth}, a pure table of terminal cell widths, so that text and screen agree on how wide a
     * character is.
     */
    @ArchTest
    static final ArchRule terminalLibrariesOnlyInTerm = noClasses().that()
            .resideOutsideOfPackages("backplan.term..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are JLine or Jansi (but WCWidth)",
                    (JavaClass c) -> (c.getPackageName().startsWith("org.jline")
                            || c.getPackageName().startsWith("org.fusesource"))
                            && !c.getName().equals("org.jline.utils.WCWidth")));

    /**
     * The JDK's internal sun.misc only for signal handling (the build turns off javac's warning about it, which
     * cannot be suppressed where it occurs: this rule stands in for it).
     */
    @ArchTest
    static final ArchRule sunMiscOnlyForSignals = noClasses().that()
            .doNotHaveFullyQualifiedName("backplan.term.Signals")
            .should().dependOnClassesThat().resideInAPackage("sun..");

    @ArchTest
    static final ArchRule noWcwidthBeyondText = noClasses().that()
            .resideOutsideOfPackages("backplan.term..", "backplan.text..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.jline.utils.WCWidth");
}
