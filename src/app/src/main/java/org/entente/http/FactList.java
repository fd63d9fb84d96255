package org.entente.http;

import java.util.List;
import org.entente.result.FactInfo;

/** What {@code GET /facts} returns: the packs the service analyses and their base facts. */
record FactList(List<String> packs, List<FactInfo> facts) {
}
