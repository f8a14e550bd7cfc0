# syntax=docker/dockerfile:1

# Build with the Maven wrapper (tests run in CI, not here).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -q -DskipTests package \
    && cp target/wijkdossier-*.jar /build/wijkdossier.jar

# Run on the JRE as a non-root user.
FROM eclipse-temurin:17-jre
RUN groupadd --system wijkdossier \
    && useradd --system --gid wijkdossier --home-dir /app --no-create-home wijkdossier \
    && mkdir -p /app/data \
    && chown -R wijkdossier:wijkdossier /app
WORKDIR /app
COPY --from=build /build/wijkdossier.jar /app/wijkdossier.jar
USER wijkdossier
# Without SPRING_DATASOURCE_URL the embedded PostgreSQL keeps its data in /app/data.
ENV WIJKDOSSIER_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/wijkdossier.jar"]
