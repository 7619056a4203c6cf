# Multi-stage build: compile with the Maven wrapper, run the fast-jar as a non-root user on a JRE 17.
# Not built or run on the development machines (they have no Docker engine); kept simple and conventional.
#
# Run against an external PostgreSQL (the embedded default is meant for laptops, not containers):
#   docker build -t verbatim .
#   docker run -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/verbatim \
#     -e QUARKUS_DATASOURCE_USERNAME=verbatim -e QUARKUS_DATASOURCE_PASSWORD=... verbatim

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN ./mvnw -q dependency:go-offline
COPY src src
COPY openapi openapi
RUN ./mvnw -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system verbatim && useradd --system --gid verbatim --home-dir /app verbatim
WORKDIR /app
COPY --from=build --chown=verbatim:verbatim /build/target/quarkus-app/lib/ ./lib/
COPY --from=build --chown=verbatim:verbatim /build/target/quarkus-app/*.jar ./
COPY --from=build --chown=verbatim:verbatim /build/target/quarkus-app/app/ ./app/
COPY --from=build --chown=verbatim:verbatim /build/target/quarkus-app/quarkus/ ./quarkus/
USER verbatim
EXPOSE 8080
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
