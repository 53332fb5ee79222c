using AutoMapper;
using AutoMapper.Internal;
using PassendOnderwijs.Application.Common.Mapping;

namespace PassendOnderwijs.Application.IntegrationTests.Mapping;

/// <summary>
/// AutoMapper 14.0.0 recurses without limit on self-referencing graphs (GHSA-rvv3-g6hj-g44x). These tests prove the
/// guard: every map of ours carries a MaxDepth, and a graph far deeper than the stack allows maps without overflow.
/// </summary>
public class MappingConfiguratieTests
{
    [Test]
    public void The_configuration_is_valid() =>
        new MapperConfiguration(MappingConfiguratie.Configureer).AssertConfigurationIsValid();

    [Test]
    public void Every_map_of_the_application_has_the_depth_guard()
    {
        var configuratie = new MapperConfiguration(MappingConfiguratie.Configureer);

        var maps = configuratie.Internal().GetAllTypeMaps();

        maps.ShouldNotBeEmpty();
        maps.ShouldAllBe(map => map.MaxDepth == MappingConfiguratie.MaximaleDiepte);
    }

    [Test]
    public void A_deep_self_referencing_graph_is_cut_off_instead_of_overflowing_the_stack()
    {
        var configuratie = new MapperConfiguration(cfg =>
        {
            cfg.CreateMap<Knoop, KnoopDto>();
            MappingConfiguratie.PasDieptegrensToe(cfg);
        });
        var mapper = configuratie.CreateMapper();
        var wortel = new Knoop(0);
        var laatste = wortel;
        for (var i = 1; i < 200_000; i++)
        {
            laatste.Volgende = new Knoop(i);
            laatste = laatste.Volgende;
        }

        var dto = mapper.Map<KnoopDto>(wortel);

        Diepte(dto).ShouldBe(MappingConfiguratie.MaximaleDiepte);
    }

    private static int Diepte(KnoopDto? knoop)
    {
        var diepte = 0;
        for (; knoop is not null; knoop = knoop.Volgende)
        {
            diepte++;
        }

        return diepte;
    }

    private sealed class Knoop(int nummer)
    {
        public int Nummer { get; } = nummer;

        public Knoop? Volgende { get; set; }
    }

    private sealed class KnoopDto
    {
        public int Nummer { get; set; }

        public KnoopDto? Volgende { get; set; }
    }
}
