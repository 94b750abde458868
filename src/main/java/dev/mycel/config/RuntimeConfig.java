package dev.mycel.config;

/** Everything the runtime is configured with; built once at start and passed down, never global. */
public record RuntimeConfig(Places places, IpcSettings ipc, SandboxSettings sandbox, PolicySettings policy,
                            WebSettings web, AiSettings ai, PrivacySettings privacy,
                            AgentSettings agent, OfflineSettings offline, CollectiveSettings collective) {

    public static RuntimeConfig defaults(Places places) {
        return new RuntimeConfig(places, IpcSettings.defaults(), SandboxSettings.defaults(),
                PolicySettings.defaults().withPlaces(places), WebSettings.defaults(),
                AiSettings.defaults(), PrivacySettings.defaults(), AgentSettings.defaults(),
                OfflineSettings.defaults(), CollectiveSettings.defaults());
    }
}
