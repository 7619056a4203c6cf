package io.verbatim.importing;

import io.verbatim.domain.StatementStatus;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which statements an export carries: one status or all ({@code status == null}), one speaker's, said in a date
 * range; every part optional.
 */
public record ExportFilter(StatementStatus status, UUID speakerId, LocalDate from, LocalDate to) {
}
