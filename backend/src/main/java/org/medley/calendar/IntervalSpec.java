package org.medley.calendar;

/**
 * An open interval of a business calendar as the API carries it: local times {@code "HH:mm"}. An
 * interval whose {@code to} is not after its {@code from} runs past midnight into the next day
 * ({@code 22:00}–{@code 06:00}); {@code 00:00}–{@code 00:00} is the whole day.
 */
@io.micronaut.serde.annotation.Serdeable
public record IntervalSpec(String from, String to) {}
