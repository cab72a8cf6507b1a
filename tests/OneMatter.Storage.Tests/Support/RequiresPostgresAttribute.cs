namespace OneMatter.Storage.Tests.Support;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need the PostgreSQL
/// 15 server binaries.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
