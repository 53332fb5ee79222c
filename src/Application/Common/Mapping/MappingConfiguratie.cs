using AutoMapper;
using AutoMapper.Internal;

namespace PassendOnderwijs.Application.Common.Mapping;

/// <summary>
/// The one place AutoMapper is configured. AutoMapper 14.0.0 (the last MIT release) recurses without limit on
/// self-referencing graphs (GHSA-rvv3-g6hj-g44x); <see cref="PasDieptegrensToe"/> puts a MaxDepth on every map.
/// </summary>
public static class MappingConfiguratie
{
    /// <summary>No DTO of this API nests deeper than this; a deeper graph is cut off instead of overflowing the stack.</summary>
    public const int MaximaleDiepte = 16;

    public static void Configureer(IMapperConfigurationExpression configuratie)
    {
        ArgumentNullException.ThrowIfNull(configuratie);
        configuratie.AddMaps(typeof(MappingConfiguratie).Assembly);
        PasDieptegrensToe(configuratie);
    }

    public static void PasDieptegrensToe(IMapperConfigurationExpression configuratie)
    {
        ArgumentNullException.ThrowIfNull(configuratie);
        configuratie.Internal().ForAllMaps((_, map) => map.MaxDepth(MaximaleDiepte));
    }
}
