# Builds the API from source and runs the packaged Quarkus application (JVM mode).
# Used by docker-compose.yml; the build needs only Maven Central.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

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
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/deployments/quarkus-run.jar"]
