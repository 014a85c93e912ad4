package com.ripreplace.cli;

import picocli.CommandLine.Command;

/** The top of the command line: {@code java -jar rip-replace-planner.jar COMMAND}. */
@Command(name = "rip-replace-planner", mixinStandardHelpOptions = true, versionProvider = PlannerVersion.class,
        description = "Finds FCC Covered List gear in carrier inventories, costs and plans its replacement.",
        subcommands = {CheckCommand.class, EstimateCommand.class, PlanCommand.class, ServeCommand.class, UsersCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:input that cannot be used (the message says where)",
                "3:plan written but a hard rule cannot be met"})
public class PlannerCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
