package com.ripreplace.covered;

import java.time.LocalDate;

/**
 * What an inventory line says about a piece of gear. Any String may be null or blank; the purchase date
 * may be null when the sheet does not give one.
 */
public record GearLine(String vendor, String model, String description, String category, String mac,
                       LocalDate purchaseDate) {
}
