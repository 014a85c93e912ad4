package com.ripreplace.covered;

import java.util.Optional;

/** One rule for deciding coverage from a line's evidence; it decides, or leaves the line to the next rule. */
interface CoverageRule {

    Optional<Verdict> decide(LineReading line);
}
