package com.ripreplace.covered;

public record GearLine(String vendor, String model, String description, String category, String mac, java.time.LocalDate purchaseDate) {}
