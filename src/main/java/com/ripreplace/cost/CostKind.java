package com.ripreplace.cost;

/** What a cost line pays for. */
public enum CostKind {
    EQUIPMENT("replacement equipment"),
    INSTALLATION("installation"),
    REMOVAL("removal"),
    DISPOSAL("certified disposal"),
    MOBILISATION("mobilisation"),
    TOWER_CLIMB("tower climb"),
    ENGINEERING("engineering"),
    CONTINGENCY("contingency");

    private final String label;

    CostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean perSite() {
        return this == MOBILISATION || this == TOWER_CLIMB || this == ENGINEERING || this == CONTINGENCY;
    }
}
