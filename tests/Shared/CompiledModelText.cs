// Shared by the storage and server tests that check a compiled EF Core model is current (linked, not copied).
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OneMatter.Testing;

/// <summary>
/// Compares a context's compiled model (what it runs on) with the model its configurations build
/// now (EF Core's design-time model). A compiled model is used as it is even when the entity
/// configurations changed after it was generated, so a stale one would silently map the old schema.
/// </summary>
internal static partial class CompiledModelText
{
    /// <summary>Both texts: every entity, property, key and index with its table, names and filters.</summary>
    public static (string Compiled, string Configured) Of(DbContext db) =>
        (Text(db.Model), Text(db.GetService<IDesignTimeModel>().Model));

    /// <summary>The model's long debug text without what only one side carries: annotations with
    /// no value (a compiled model writes them out, a built one leaves them off) and the state
    /// conventions leave behind while building.</summary>
    private static string Text(IModel model) =>
        string.Join('\n', model.ToDebugString(MetadataDebugStringOptions.LongDefault).Split('\n')
            .Where(line => !EmptyAnnotation().IsMatch(line) && !line.Contains("Convention", StringComparison.Ordinal)));

    [GeneratedRegex(@"^\s*[A-Za-z]+:[A-Za-z]+:\s*$")]
    private static partial Regex EmptyAnnotation();
}
