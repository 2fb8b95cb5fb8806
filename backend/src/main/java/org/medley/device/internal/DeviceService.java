package org.medley.device.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.medley.coverage.DeviceClasses;
import org.medley.device.Device;
import org.medley.device.DeviceModel;
import org.medley.identity.Caller;
import org.medley.market.Engagements;
import org.medley.platform.Refused;

/** Device models and devices: the API's reads and writes, each in its own transaction. */
@Singleton
class DeviceService {

  private final DeviceStore store;
  private final Engagements engagements;
  private final DeviceClasses deviceClasses;
  private final Clock clock;

  DeviceService(
      DeviceStore store, Engagements engagements, DeviceClasses deviceClasses, Clock clock) {
    this.store = store;
    this.engagements = engagements;
    this.deviceClasses = deviceClasses;
    this.clock = clock;
  }

  DeviceAccess access(Caller caller) {
    return DeviceAccess.of(caller, engagements);
  }

  /** The day rules are judged on ("acquired in the future"). */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  // ---- models

  @ReadOnly
  java.util.List<DeviceApi.ModelView> models(Caller caller) {
    return store.models(caller.tenantId());
  }

  @Transactional
  DeviceApi.ModelView createModel(Caller caller, DeviceApi.ModelInput input) {
    long tenant = caller.tenantId();
    DeviceModel model = input.toModel();
    refuseDuplicateModel(tenant, model, null);
    long id = store.insertModel(tenant, model, input.recoversRemotely(), clock.instant());
    keepInCatalog(tenant, model.deviceClass());
    return store.model(tenant, id).orElseThrow();
  }

  @Transactional
  DeviceApi.ModelView updateModel(Caller caller, long id, DeviceApi.ModelInput input) {
    long tenant = caller.tenantId();
    if (store.model(tenant, id).isEmpty()) {
      throw Refused.notFound("id", "no device model " + id);
    }
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version last read");
    }
    DeviceModel model = input.toModel();
    refuseDuplicateModel(tenant, model, id);
    if (!store.updateModel(
        tenant, id, input.version(), model, input.recoversRemotely(), clock.instant())) {
      throw Refused.conflict("version", "someone changed this model since; reload it");
    }
    keepInCatalog(tenant, model.deviceClass());
    return store.model(tenant, id).orElseThrow();
  }

  /**
   * The model's device class is a row of the coverage matrix, as critical as its riskiest model. A
   * class a model left keeps its row: the skills recorded on it stay until a leader retires it.
   */
  private void keepInCatalog(long tenant, String deviceClass) {
    deviceClasses.keep(tenant, deviceClass, store.classRisk(tenant, deviceClass).criticality());
  }

  private void refuseDuplicateModel(long tenant, DeviceModel model, Long self) {
    Long other =
        store.modelIds(tenant).get(DeviceStore.modelKey(model.manufacturer(), model.model()));
    if (other != null && !other.equals(self)) {
      throw Refused.conflict(
          "model", model.manufacturer() + " " + model.model() + " is already a model here");
    }
  }

  // ---- devices

  @ReadOnly
  DeviceApi.Page<DeviceApi.DeviceView> list(
      Caller caller,
      DeviceStore.Filter filter,
      String sort,
      boolean descending,
      int page,
      int size) {
    return store.list(access(caller), filter, sort, descending, page, size);
  }

  @ReadOnly
  DeviceApi.DeviceView device(Caller caller, long id) {
    return store
        .device(access(caller), id)
        .orElseThrow(() -> Refused.notFound("id", "no device " + id));
  }

  @Transactional
  DeviceApi.DeviceView create(Caller caller, DeviceApi.DeviceInput input) {
    long tenant = caller.tenantId();
    Device device = check(tenant, input);
    if (store.keys(tenant).containsKey(device.assetTag())) {
      throw Refused.conflict("assetTag", "asset tag " + device.assetTag() + " is already in use");
    }
    long id = store.insertDevice(tenant, device, clock.instant());
    return store.device(access(caller), id).orElseThrow();
  }

  @Transactional
  DeviceApi.DeviceView update(Caller caller, long id, DeviceApi.DeviceInput input) {
    long tenant = caller.tenantId();
    if (store.device(access(caller), id).isEmpty()) {
      throw Refused.notFound("id", "no device " + id);
    }
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version last read");
    }
    Device device = check(tenant, input);
    DeviceStore.Key holder = store.keys(tenant).get(device.assetTag());
    if (holder != null && holder.id() != id) {
      throw Refused.conflict("assetTag", "asset tag " + device.assetTag() + " is already in use");
    }
    Instant now = clock.instant();
    if (!store.updateDevice(tenant, id, input.version(), device, now)) {
      throw Refused.conflict("version", "someone changed this device since; reload it");
    }
    return store.device(access(caller), id).orElseThrow();
  }

  /** The device well formed, naming a model and an engagement of this tenant. */
  private Device check(long tenant, DeviceApi.DeviceInput input) {
    if (input.modelId() == null) {
      Device.of(input.raw(), today()); // every other problem at once, if there are any
      throw Refused.invalid("modelId", "required");
    }
    Device device = Device.of(input.raw(), today());
    if (store.model(tenant, device.modelId()).isEmpty()) {
      throw Refused.notFound("modelId", "no device model " + device.modelId() + " here");
    }
    if (device.contractEngagementId() != null
        && engagements.byId(tenant, device.contractEngagementId()).isEmpty()) {
      throw Refused.notFound(
          "contractEngagementId", "no engagement " + device.contractEngagementId() + " here");
    }
    return device;
  }
}
