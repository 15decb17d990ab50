import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks an unpacked Central Portal bundle (issue 17) against the source tree it was built from, the way
 * the Portal's validation would, and prints every problem; exits 1 when there is one.
 *
 * <p>Run by .ci/release-check: {@code java .ci/CentralBundleCheck.java <source tree> <unpacked bundle>}.
 * Which modules must be in the bundle is read from the source tree: every pom.xml outside src/ and
 * target/, except where that POM or one in a folder above it sets {@code columnpress.publish.skip} to
 * true (the examples). So a new module is expected in the bundle without anyone editing this file.
 *
 * <p>For each published module: its POM with the elements Central requires (name and description of its
 * own; url, a licence with name and url, a developer with a name, scm url and connection of its own or
 * from its parent POM, which must be in the bundle too); for jar and maven-plugin packaging the jar, the
 * -sources.jar and the -javadoc.jar (with an index.html); a CycloneDX SBOM naming the module; and for
 * every file an MD5, SHA-1, SHA-256 and SHA-512 checksum that matches. Nothing of an unpublished module
 * may be there.
 */
public class CentralBundleCheck {

    private static final Map<String, String> CHECKSUMS = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");

    private final List<String> problems = new ArrayList<>();
    private final Path bundle;

    private CentralBundleCheck(Path bundle) {
        this.bundle = bundle;
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path bundle = Path.of(args[1]);
        CentralBundleCheck check = new CentralBundleCheck(bundle);
        Map<String, Boolean> modules = modules(source);
        for (Map.Entry<String, Boolean> module : modules.entrySet()) {
            if (module.getValue()) {
                check.published(module.getKey());
            } else {
                check.notPublished(module.getKey());
            }
        }
        check.checksums();
        if (check.problems.isEmpty()) {
            System.out.println("Central bundle OK: " + modules.entrySet().stream()
                    .filter(Map.Entry::getValue).map(Map.Entry::getKey).toList()
                    + " published; left out: " + modules.entrySet().stream()
                    .filter(e -> !e.getValue()).map(Map.Entry::getKey).toList());
        } else {
            check.problems.forEach(p -> System.out.println("Central bundle: " + p));
            System.exit(1);
        }
    }

    /** Every module's artifactId, and whether it is published. */
    private static Map<String, Boolean> modules(Path source) throws IOException {
        Map<String, Boolean> modules = new TreeMap<>();
        try (Stream<Path> poms = Files.walk(source)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !source.relativize(p).toString().matches("(.*/)?(src|target)/.*"))
                    .toList()) {
                Element project = parse(pom);
                boolean skipped = false;
                for (Path dir = pom.getParent(); dir.startsWith(source); dir = dir.getParent()) {
                    Path above = dir.resolve("pom.xml");
                    if (Files.exists(above) && text(parse(above), "properties", "columnpress.publish.skip")
                            .map(Boolean::parseBoolean).orElse(false)) {
                        skipped = true;
                    }
                    if (dir.equals(source)) {
                        break;
                    }
                }
                modules.put(text(project, "artifactId").orElseThrow(), !skipped);
            }
        }
        return modules;
    }

    private void published(String artifactId) throws Exception {
        Optional<Path> dir = versionDir(artifactId);
        if (dir.isEmpty()) {
            problems.add(artifactId + " is missing from the bundle");
            return;
        }
        String base = artifactId + "-" + dir.get().getFileName();
        Path pomFile = dir.get().resolve(base + ".pom");
        if (!Files.exists(pomFile)) {
            problems.add(artifactId + ": no " + pomFile.getFileName());
            return;
        }
        Element pom = parse(pomFile);
        for (String own : List.of("name", "description")) {
            if (text(pom, own).isEmpty()) {
                problems.add(artifactId + ": the POM has no <" + own + "> of its own");
            }
        }
        required(artifactId, pom, "url");
        required(artifactId, pom, "licenses", "license", "name");
        required(artifactId, pom, "licenses", "license", "url");
        required(artifactId, pom, "developers", "developer", "name");
        required(artifactId, pom, "scm", "url");
        required(artifactId, pom, "scm", "connection");

        String packaging = text(pom, "packaging").orElse("jar");
        if (!packaging.equals("pom")) {
            for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
                Path file = dir.get().resolve(base + suffix);
                if (!Files.exists(file) || Files.size(file) == 0) {
                    problems.add(artifactId + ": no " + base + suffix);
                }
            }
            Path javadoc = dir.get().resolve(base + "-javadoc.jar");
            if (Files.exists(javadoc)) {
                try (ZipFile zip = new ZipFile(javadoc.toFile())) {
                    if (zip.getEntry("index.html") == null) {
                        problems.add(artifactId + ": the Javadoc jar has no index.html");
                    }
                }
            }
        }
        Path sbom = dir.get().resolve(base + "-cyclonedx.json");
        if (!Files.exists(sbom)) {
            problems.add(artifactId + ": no SBOM " + sbom.getFileName());
        } else {
            String json = Files.readString(sbom);
            if (!json.matches("(?s).*\"bomFormat\"\\s*:\\s*\"CycloneDX\".*")
                    || !json.matches("(?s).*\"name\"\\s*:\\s*\"" + artifactId + "\".*")) {
                problems.add(artifactId + ": " + sbom.getFileName() + " is not a CycloneDX SBOM of the module");
            }
        }
    }

    private void notPublished(String artifactId) throws IOException {
        if (versionDir(artifactId).isPresent()) {
            problems.add(artifactId + " is in the bundle but sets columnpress.publish.skip");
        }
    }

    /** One of the required elements, in the POM or inherited from its parent in the bundle. */
    private void required(String artifactId, Element pom, String... path) throws Exception {
        Element current = pom;
        while (current != null) {
            if (text(current, path).isPresent()) {
                return;
            }
            Optional<String> parent = text(current, "parent", "artifactId");
            current = null;
            if (parent.isPresent()) {
                Optional<Path> dir = versionDir(parent.get());
                if (dir.isEmpty()) {
                    problems.add(artifactId + ": its parent " + parent.get() + " is not in the bundle");
                    return;
                }
                current = parse(dir.get().resolve(parent.get() + "-" + dir.get().getFileName() + ".pom"));
            }
        }
        problems.add(artifactId + ": the POM (with its parents) has no <" + String.join("><", path) + ">");
    }

    private void checksums() throws Exception {
        try (Stream<Path> files = Files.walk(bundle)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().matches(".*\\.(md5|sha1|sha256|sha512|asc)$")).toList()) {
                for (Map.Entry<String, String> sum : CHECKSUMS.entrySet()) {
                    Path sumFile = file.resolveSibling(file.getFileName() + "." + sum.getKey());
                    if (!Files.exists(sumFile)) {
                        problems.add("no " + sum.getKey() + " checksum for " + bundle.relativize(file));
                        continue;
                    }
                    MessageDigest digest = MessageDigest.getInstance(sum.getValue());
                    try (InputStream in = Files.newInputStream(file)) {
                        digest.update(in.readAllBytes());
                    }
                    String expected = Files.readString(sumFile).trim().split("\\s+")[0];
                    if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(expected)) {
                        problems.add("the " + sum.getKey() + " checksum of " + bundle.relativize(file) + " does not match");
                    }
                }
            }
        }
    }

    private Optional<Path> versionDir(String artifactId) throws IOException {
        Path dir = bundle.resolve("org/columnpress").resolve(artifactId);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(dir)) {
            return versions.filter(Files::isDirectory).findFirst();
        }
    }

    private static Element parse(Path pom) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IOException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** The non-blank text at a path of child elements (the first match at each step). */
    private static Optional<String> text(Element element, String... path) {
        Element current = element;
        for (String name : path) {
            Element next = null;
            for (Node child = current.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && e.getTagName().equals(name)) {
                    next = e;
                    break;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current.getTextContent().trim()).filter(s -> !s.isEmpty());
    }
}
