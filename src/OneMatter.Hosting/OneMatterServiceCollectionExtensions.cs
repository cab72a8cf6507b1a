using Microsoft.Extensions.DependencyInjection;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Persistence;
using OneMatter.Runtime;

namespace OneMatter.Hosting;

/// <summary>
/// Registers a started <see cref="OneMatterRuntime"/> and its parts with a service container, so
/// the server's endpoints ask for the writer or the store instead of reaching through the runtime.
/// </summary>
/// <remarks>
/// The runtime is started before the container is built (its start is asynchronous and must finish
/// before the first request) and registered as an instance, which the container does not dispose:
/// whoever started it stops it, e.g. on the host's shutdown.
/// </remarks>
public static class OneMatterServiceCollectionExtensions
{
    /// <summary>Adds the runtime, <see cref="IMatterStore"/>, <see cref="CommandWriter"/>,
    /// <see cref="MatterEngine"/>, <see cref="DefinitionCatalog"/> and <see cref="IDefinitionSource"/>
    /// as singletons.</summary>
    /// <param name="services">The container's registrations.</param>
    /// <param name="runtime">A runtime returned by <see cref="OneMatterRuntime.StartAsync"/>.</param>
    public static IServiceCollection AddOneMatterRuntime(this IServiceCollection services, OneMatterRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(runtime);
        services.AddSingleton(runtime);
        services.AddSingleton(runtime.Store);
        services.AddSingleton(runtime.Writer);
        services.AddSingleton(runtime.Engine);
        services.AddSingleton(runtime.Catalog);
        services.AddSingleton<IDefinitionSource>(runtime.Catalog);
        return services;
    }
}
