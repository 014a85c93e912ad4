package com.ripreplace.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("inventory_file")
public record FileRecord(@Id @GeneratedValue Long id, Long inventoryId, String name, String kind, String sha256) {
}
