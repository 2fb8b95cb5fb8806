package org.medley.coverage.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.Tier;

/**
 * {@code medley.coverage.*}: the matrix's thresholds, the hours one ticket costs at each tier (the
 * desk records no effort, so load is estimated from assignments), and how long computed history may
 * be reused.
 */
@ConfigurationProperties("medley.coverage")
class CoverageConfig {

  private int expertLevel = CoverageRules.DEFAULTS.expertLevel();
  private int goodMinExperts = CoverageRules.DEFAULTS.goodMinExperts();
  private int gapMaxExperts = CoverageRules.DEFAULTS.gapMaxExperts();
  private double goodMinWindow = CoverageRules.DEFAULTS.goodMinWindow();
  private double gapMaxWindow = CoverageRules.DEFAULTS.gapMaxWindow();
  private double burnoutLoadRatio = CoverageRules.DEFAULTS.burnoutLoadRatio();
  private int burnoutWeeks = CoverageRules.DEFAULTS.burnoutWeeks();
  private int burnoutOutOf = CoverageRules.DEFAULTS.burnoutOutOf();
  private double effortL1 = 1.0;
  private double effortL2 = 3.0;
  private double effortL3 = 6.0;
  private double effortVendor = 1.0;
  private Duration historyTtl = Duration.ofMinutes(5);

  CoverageRules rules() {
    return new CoverageRules(
        expertLevel,
        goodMinExperts,
        gapMaxExperts,
        goodMinWindow,
        gapMaxWindow,
        burnoutLoadRatio,
        burnoutWeeks,
        burnoutOutOf);
  }

  double effortHours(Tier tier) {
    return switch (tier) {
      case L1 -> effortL1;
      case L2 -> effortL2;
      case L3 -> effortL3;
      case VENDOR -> effortVendor;
    };
  }

  public int getExpertLevel() {
    return expertLevel;
  }

  public void setExpertLevel(int expertLevel) {
    this.expertLevel = expertLevel;
  }

  public int getGoodMinExperts() {
    return goodMinExperts;
  }

  public void setGoodMinExperts(int goodMinExperts) {
    this.goodMinExperts = goodMinExperts;
  }

  public int getGapMaxExperts() {
    return gapMaxExperts;
  }

  public void setGapMaxExperts(int gapMaxExperts) {
    this.gapMaxExperts = gapMaxExperts;
  }

  public double getGoodMinWindow() {
    return goodMinWindow;
  }

  public void setGoodMinWindow(double goodMinWindow) {
    this.goodMinWindow = goodMinWindow;
  }

  public double getGapMaxWindow() {
    return gapMaxWindow;
  }

  public void setGapMaxWindow(double gapMaxWindow) {
    this.gapMaxWindow = gapMaxWindow;
  }

  public double getBurnoutLoadRatio() {
    return burnoutLoadRatio;
  }

  public void setBurnoutLoadRatio(double burnoutLoadRatio) {
    this.burnoutLoadRatio = burnoutLoadRatio;
  }

  public int getBurnoutWeeks() {
    return burnoutWeeks;
  }

  public void setBurnoutWeeks(int burnoutWeeks) {
    this.burnoutWeeks = burnoutWeeks;
  }

  public int getBurnoutOutOf() {
    return burnoutOutOf;
  }

  public void setBurnoutOutOf(int burnoutOutOf) {
    this.burnoutOutOf = burnoutOutOf;
  }

  public double getEffortL1() {
    return effortL1;
  }

  public void setEffortL1(double effortL1) {
    this.effortL1 = effortL1;
  }

  public double getEffortL2() {
    return effortL2;
  }

  public void setEffortL2(double effortL2) {
    this.effortL2 = effortL2;
  }

  public double getEffortL3() {
    return effortL3;
  }

  public void setEffortL3(double effortL3) {
    this.effortL3 = effortL3;
  }

  public double getEffortVendor() {
    return effortVendor;
  }

  public void setEffortVendor(double effortVendor) {
    this.effortVendor = effortVendor;
  }

  public Duration getHistoryTtl() {
    return historyTtl;
  }

  public void setHistoryTtl(Duration historyTtl) {
    this.historyTtl = historyTtl;
  }
}
