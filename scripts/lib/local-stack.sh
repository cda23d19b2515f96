# Shared by ./run-local.sh and the harnesses in scripts/ (source it from the project root): the services' JVM
# options, the build step and the launcher of a local-stack main class.

# Each service's JVM (README, "JVM settings"): a 256 MB heap and the serial collector; measured at most ~450 MB
# resident under the benchmark's load. Set DISCLOSURE_SERVICE_JVM_OPTIONS to override.
export DISCLOSURE_SERVICE_JVM_OPTIONS="${DISCLOSURE_SERVICE_JVM_OPTIONS:--Xms64m -Xmx256m -XX:+UseSerialGC \
-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Xss512k}"

# build_modules [maven -pl list]: packages the modules (tests skipped; ./mvnw verify runs them), all of them by default.
build_modules() {
  if [[ -n "${1:-}" ]]; then
    ./mvnw -q -B -DskipTests package -pl "$1" -am
  else
    ./mvnw -q -B -DskipTests package
  fi
}

# run_local_stack HEAP CLASS [args…]: replaces the shell by local-stack's main class CLASS (relative to
# org.disclosurepipeline.localstack), run with a HEAP-sized heap; the launcher JVM also hosts the Kafka broker.
run_local_stack() {
  local heap=$1 main=$2 version
  shift 2
  version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
  exec java "-Xmx${heap}" \
    -Djava.util.logging.config.file=local-stack/target/classes/local-stack-logging.properties \
    -cp "local-stack/target/local-stack-${version}.jar:local-stack/target/lib/*" \
    "org.disclosurepipeline.localstack.${main}" "$@"
}
