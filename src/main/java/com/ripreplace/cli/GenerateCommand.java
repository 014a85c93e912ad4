package com.ripreplace.cli;

import picocli.CommandLine.Command;

/** {@code generate}: synthetic carrier inventories from a seed, for samples and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic carrier inventory from a seed (samples and benchmark sizes).")
public class GenerateCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("The generator arrives with the samples package.");
    }
}
