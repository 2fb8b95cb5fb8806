package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files in {@code infra/} are read as Kubernetes and compose would read them, and
 * checked against each other and against the README: names that must match do, probes reach the
 * health endpoints, and every variable they set is one Medley documents.
 */
class InfraManifestsTest {

  private static final Path INFRA = Path.of("../infra");
  private static final Pattern VARIABLE = Pattern.compile("\\bMEDLEY_[A-Z0-9_]+\\b");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(Path file) throws IOException {
    return (Map<String, Object>)
        new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  private static Object at(Object root, String... path) {
    Object value = root;
    for (String key : path) {
      value = key.matches("\\d+") ? list(value).get(Integer.parseInt(key)) : map(value).get(key);
    }
    return value;
  }

  private Map<String, Map<String, Object>> kubernetes() throws IOException {
    Map<String, Map<String, Object>> byKind = new HashMap<>();
    for (Object resource : list(yaml(INFRA.resolve("k8s/kustomization.yaml")).get("resources"))) {
      Map<String, Object> manifest = yaml(INFRA.resolve("k8s").resolve((String) resource));
      assertThat(byKind.put((String) manifest.get("kind"), manifest))
          .as("one %s", manifest.get("kind"))
          .isNull();
    }
    return byKind;
  }

  @Test
  void theKubernetesResourcesPointAtEachOther() throws IOException {
    var k8s = kubernetes();
    assertThat(k8s.keySet())
        .containsExactlyInAnyOrder(
            "ConfigMap",
            "Deployment",
            "Service",
            "Ingress",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget");
    var deployment = k8s.get("Deployment");
    String name = (String) at(deployment, "metadata", "name");
    Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
    assertThat(map(at(deployment, "spec", "selector", "matchLabels"))).isEqualTo(podLabels);
    assertThat(map(at(k8s.get("Service"), "spec", "selector"))).isEqualTo(podLabels);
    assertThat(map(at(k8s.get("PodDisruptionBudget"), "spec", "selector", "matchLabels")))
        .isEqualTo(podLabels);

    var hpa = k8s.get("HorizontalPodAutoscaler");
    assertThat(at(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
    assertThat(at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(name);
    int minReplicas = (Integer) at(hpa, "spec", "minReplicas");
    assertThat(minReplicas).as("several stateless nodes").isGreaterThanOrEqualTo(2);
    assertThat((Integer) at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(minReplicas);
    assertThat((Integer) at(k8s.get("PodDisruptionBudget"), "spec", "minAvailable"))
        .as("a drain may take a node, never the last")
        .isBetween(1, minReplicas - 1);

    var service = k8s.get("Service");
    var backend =
        at(k8s.get("Ingress"), "spec", "rules", "0", "http", "paths", "0", "backend", "service");
    assertThat(at(backend, "name")).isEqualTo(at(service, "metadata", "name"));
    assertThat(at(backend, "port", "name")).isEqualTo(at(service, "spec", "ports", "0", "name"));

    var container = at(deployment, "spec", "template", "spec", "containers", "0");
    String portName = (String) at(container, "ports", "0", "name");
    assertThat(at(service, "spec", "ports", "0", "targetPort")).isEqualTo(portName);
    assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/readiness");
    assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/liveness");
    assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/health/liveness");
    for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
      assertThat(at(container, probe, "httpGet", "port")).isEqualTo(portName);
    }
    assertThat(at(container, "ports", "0", "containerPort"))
        .isEqualTo(Integer.parseInt((String) at(k8s.get("ConfigMap"), "data", "MEDLEY_PORT")));

    // envFrom names the ConfigMap here and the Secret the example shows how to make.
    List<Object> envFrom = list(at(container, "envFrom"));
    assertThat(at(envFrom.get(0), "configMapRef", "name"))
        .isEqualTo(at(k8s.get("ConfigMap"), "metadata", "name"));
    assertThat(at(envFrom.get(1), "secretRef", "name"))
        .isEqualTo(at(yaml(INFRA.resolve("k8s/secret.example.yaml")), "metadata", "name"));
  }

  @Test
  void aPodGetsTimeToFinishItsRequestsAndMemoryForWhatANodeWasMeasuredToUse() throws IOException {
    var k8s = kubernetes();
    var pod = at(k8s.get("Deployment"), "spec", "template", "spec");
    Duration grace =
        Duration.parse("PT" + ((String) at(k8s.get("ConfigMap"), "data", "MEDLEY_SHUTDOWN_GRACE")));
    assertThat(Duration.ofSeconds((Integer) at(pod, "terminationGracePeriodSeconds")))
        .isGreaterThan(grace);
    var resources = at(pod, "containers", "0", "resources");
    // docs/benchmarks.md: up to 330 MB once healthy; about 570 MB at saturation.
    assertThat(mebibytes((String) at(resources, "requests", "memory"))).isGreaterThanOrEqualTo(330);
    assertThat(mebibytes((String) at(resources, "limits", "memory"))).isGreaterThanOrEqualTo(570);
  }

  private static int mebibytes(String quantity) {
    if (quantity.endsWith("Gi")) {
      return Integer.parseInt(quantity.replace("Gi", "")) * 1024;
    }
    assertThat(quantity).endsWith("Mi");
    return Integer.parseInt(quantity.replace("Mi", ""));
  }

  @Test
  void composeRunsTwoNodesOverMysqlAndKeycloakWithTheRealmSignInsAccept() throws IOException {
    Map<String, Object> compose = yaml(INFRA.resolve("compose/compose.yaml"));
    Map<String, Object> services = map(compose.get("services"));
    assertThat(services.keySet())
        .containsExactlyInAnyOrder("mysql", "keycloak", "medley-1", "medley-2");
    assertThat((String) at(services, "mysql", "image")).startsWith("mysql:8");

    String realm = Files.readString(INFRA.resolve("keycloak/medley-realm.json"));
    Set<String> hostPorts = new TreeSet<>();
    for (String node : List.of("medley-1", "medley-2")) {
      Map<String, Object> environment = map(at(services, node, "environment"));
      assertThat(environment.get("MEDLEY_DB_URL")).isEqualTo("jdbc:mysql://mysql:3306/medley");
      assertThat(environment.get("MEDLEY_DB_USER"))
          .isEqualTo(at(services, "mysql", "environment", "MYSQL_USER"));
      assertThat(environment.get("MEDLEY_OIDC_ISSUER"))
          .isEqualTo("http://localhost:8180/realms/medley");
      assertThat((String) environment.get("MEDLEY_OIDC_JWKS_URL")).startsWith("http://keycloak:");
      String published = ((String) at(services, node, "ports", "0")).split(":")[0];
      assertThat(hostPorts.add(published)).as("%s has its own port", node).isTrue();
      assertThat(realm).contains("\"http://localhost:" + published + "/*\"");
      Path dockerfile =
          INFRA.resolve("..").resolve((String) at(services, node, "build", "dockerfile"));
      assertThat(dockerfile).exists();
    }
    assertThat(at(services, "medley-1", "depends_on", "mysql", "condition"))
        .isEqualTo("service_healthy");
    assertThat(at(services, "medley-2", "depends_on", "medley-1", "condition"))
        .isEqualTo("service_healthy");
    String realmMount = (String) at(services, "keycloak", "volumes", "0");
    assertThat(INFRA.resolve("compose").resolve(realmMount.split(":")[0]).normalize()).exists();
  }

  @Test
  void theImageTakesWhatTheBuildMakes() throws IOException {
    String dockerfile = Files.readString(INFRA.resolve("docker/Dockerfile"));
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(pom);
    assertThat(finalName.find()).isTrue();
    assertThat(dockerfile)
        .contains("backend/target/" + finalName.group(1) + ".jar")
        .contains("backend/target/" + finalName.group(1) + ".jsa");
  }

  @Test
  void everyVariableTheDeploymentFilesSetIsOneTheReadmeDocuments() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> k8s = Files.list(INFRA.resolve("k8s"))) {
      k8s.forEach(files::add);
    }
    files.add(INFRA.resolve("compose/compose.yaml"));
    files.add(INFRA.resolve("docker/Dockerfile"));
    files.add(INFRA.resolve("scripts/local-stack.sh"));
    Set<String> used = new TreeSet<>();
    for (Path file : files) {
      Matcher m = VARIABLE.matcher(Files.readString(file));
      while (m.find()) {
        used.add(m.group());
      }
    }
    assertThat(used).contains("MEDLEY_DB_URL", "MEDLEY_OIDC_ISSUER", "MEDLEY_SECRET_KEY");
    assertThat(used)
        .allSatisfy(
            variable ->
                assertThat(readme)
                    .as("README documents %s", variable)
                    .containsPattern("`" + variable + "`"));
  }
}
