namespace OneMatter.Engine.Organisation;

/// <summary>
/// An entry of the register of inspectable entities (市场主体名录 / 检查对象名录): the pool a
/// 双随机 draw picks the inspected enterprises from.
/// </summary>
public sealed record InspectedEntity
{
    /// <summary>Id, e.g. <c>ent-qiuchuan-cement</c>; recorded in every draw that saw it.</summary>
    public required string Id { get; init; }

    /// <summary>Registered name, e.g. 常山县球川水泥有限公司.</summary>
    public required string Name { get; init; }

    /// <summary>Industry word used by draw filters, e.g. <c>manufacturing</c>, <c>chemicals</c>.</summary>
    public required string Industry { get; init; }

    /// <summary>The township (or subdistrict) it is registered in: a jurisdiction id.</summary>
    public required string Township { get; init; }

    /// <summary>Business address, printed on the published results.</summary>
    public string? Address { get; init; }
}
