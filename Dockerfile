# Builds the production jar (frontend bundled) and runs it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -DskipTests || true
COPY src src
COPY frontend frontend
COPY processes processes
RUN ./mvnw -B -Pproduction package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/approvals-*.jar /app/approvals.jar
COPY processes /app/processes
ENV APPROVALS_PROCESSES_DIR=/app/processes
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/approvals.jar"]
