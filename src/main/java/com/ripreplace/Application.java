package com.ripreplace;

import com.ripreplace.cli.PlannerCommand;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import picocli.CommandLine;

@OpenAPIDefinition(info = @Info(title = "Rip & Replace Planner", version = "1.0",
        description = "Inventories of covered gear, their cost estimates, and replacement plans solved in the background,"
                + " submitted for review. Sign in with POST /login {\"username\", \"password\"} and send the access_token"
                + " as a bearer token. Every error answers {\"message\": ...}; input problems add the errors with file,"
                + " sheet, row and column."),
        security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer"))
@io.swagger.v3.oas.annotations.security.SecurityScheme(name = "bearer",
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
/** One jar, one entry point: {@code check}, {@code plan}, {@code serve} and their helpers are picocli commands. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command in a light application context (no database, no HTTP server) and answers its exit code. */
    public static int run(String... args) {
        try (ApplicationContext context = ApplicationContext.builder(Application.class, Environment.CLI).start()) {
            return new CommandLine(PlannerCommand.class, new MicronautFactory(context))
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setUsageHelpAutoWidth(true)
                    .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                        commandLine.getErr().println("Internal error: " + e
                                + ". Please report it with the command you ran; rerun with -Dripreplace.trace=true for details.");
                        if (Boolean.getBoolean("ripreplace.trace")) {
                            e.printStackTrace(commandLine.getErr());
                        }
                        return 1;
                    })
                    .execute(args);
        }
    }
}
