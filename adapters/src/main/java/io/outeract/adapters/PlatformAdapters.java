package io.outeract.adapters;

import io.outeract.contract.common.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The adapters of the platforms this server speaks, found by platform. */
public final class PlatformAdapters {

    private final Map<Platform, PlatformAdapter> byPlatform = new EnumMap<>(Platform.class);

    public PlatformAdapters(List<PlatformAdapter> adapters) {
        adapters.forEach(adapter -> byPlatform.put(adapter.platform(), adapter));
    }

    public PlatformAdapter of(Platform platform) {
        PlatformAdapter adapter = byPlatform.get(platform);
        if (adapter == null) {
            throw new IllegalArgumentException(
                    "Outeract has no adapter for " + platform.wireName());
        }
        return adapter;
    }
}
