# Builds the API from source and runs the packaged Quarkus application (JVM mode).
# Used by docker-compose.yml; the build needs only Maven Central.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# The class-data archive is made in the runtime image below: it only fits the JVM that made it.
RUN ./mvnw -B -q package -DskipTests -DskipCdsTraining=true

FROM eclipse-temurin:17-jre
# curl for the container health check.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 185 --home-dir /deployments archive
WORKDIR /deployments
COPY --from=build --chown=185 /src/target/quarkus-app/ /deployments/
# The corpus ships with the image; corpus.sources=db/corpus/*.md resolves against /deployments.
COPY --chown=185 db/corpus /deployments/db/corpus
USER 185
# AppCDS: record the classes a start loads, with this image's JVM (Quarkus' own AppCDS run; the
# Maven build's training run, CdsTraining, needs an embedded PostgreSQL and is not used here).
# The run stops where it would need the database and exits non-zero, so only the archive is
# checked. Started with it, the JVM maps those classes instead of loading them again;
# -Xshare:auto ignores an archive that does not fit.
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar >/dev/null 2>&1; \
    test -s app-cds.jsa
EXPOSE 8080
# The Tier4 flags raise the JIT's thresholds for its optimizing compiler (C2) tenfold: a start no
# longer spends about 2 s of CPU on C2 compiling start-up code that never runs again, which on two
# cores competes with the start itself (first answer at 100k: 2.67 -> 2.22 s, median of 5
# alternating starts, bench/starts.py); code that serves requests reaches the new thresholds within seconds under
# load (docs/benchmarks.md, "Fixed on the way").
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000", "-Xshare:auto", "-XX:SharedArchiveFile=app-cds.jsa", "-jar", "quarkus-run.jar"]
