using System.Text.Json;
using Npgsql;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.Benchmark;

/// <summary>
/// The practical limit for the list endpoint, for scripts/benchmark-aanbieders.sh only: the same SQL the list runs
/// for a first page, through plain Npgsql, into the same JSON with System.Text.Json (with a cursor or token from the
/// same codec, so the bytes match), and nothing else (no access token, pipeline, EF or ETag; so nobody may change what it lists: magWijzigen is false, as for a LAS). Mapped only when Benchmark:Aan is true; it serves the public register only.
/// </summary>
internal static class KaleAanbiederLijst
{
    public const string Pad = "/benchmark/onderwijsbegeleidingsaanbieders";

    private const string HoogsteAanbieder = "SELECT max(o.versie) FROM onderwijsbegeleidingsaanbieder AS o";
    private const string HoogsteVerwijderd = "SELECT max(v.versie) FROM verwijderde_aanbieder AS v";

    // Copied from the EF Core log of GET /api/v1/onderwijsbegeleidingsaanbieders?pageSize=100.
    private const string Pagina = """
        SELECT o0.id, o0.bestuur, o0.code, o0.communicatiecontexten, o0.eigenaar, o0.gewijzigd_op, o0.inbedrijfdatum, o0.internationale_naam, o0.naam, o0.uitbedrijfdatum, o0.versie, o0.erkenning_cluster, o0.erkenning_code, o0.erkenning_licenties, a.id, a.aanbieder_id, a.capaciteit, a.expertise, a.begindatum, a.einddatum, a.werkgebied_postcodegebieden, a.werkgebied_samenwerkingsverbanden
        FROM (
            SELECT o.id, o.bestuur, o.code, o.communicatiecontexten, o.eigenaar, o.gewijzigd_op, o.inbedrijfdatum, o.internationale_naam, o.naam, o.uitbedrijfdatum, o.versie, o.erkenning_cluster, o.erkenning_code, o.erkenning_licenties
            FROM onderwijsbegeleidingsaanbieder AS o
            ORDER BY o.naam, o.id
            LIMIT @p
        ) AS o0
        LEFT JOIN aangeboden_begeleiding AS a ON o0.id = a.aanbieder_id
        ORDER BY o0.naam, o0.id
        """;

    private static readonly JsonSerializerOptions JsonWeb = new(JsonSerializerDefaults.Web);

    public static void MapKaleAanbiederLijst(this WebApplication app)
    {
        var bron = NpgsqlDataSource.Create(DatabaseConfiguratie.VerbindingVoor(app.Configuration));
        app.Lifetime.ApplicationStopped.Register(bron.Dispose);
        var tokens = app.Services.GetRequiredService<ISynctokens>();
        var klok = app.Services.GetRequiredService<TimeProvider>();
        app.MapGet(Pad, async (int? pageSize, CancellationToken ct) => TypedResults.Json(await LeesAsync(bron, tokens, klok, pageSize ?? 50, ct).ConfigureAwait(false)))
            .ExcludeFromDescription();
    }

    private static async Task<AanbiederPaginaDto> LeesAsync(NpgsqlDataSource bron, ISynctokens tokens, TimeProvider klok, int grootte, CancellationToken ct)
    {
        await using var verbinding = await bron.OpenConnectionAsync(ct).ConfigureAwait(false);
        var vanaf = Math.Max(await HoogsteAsync(verbinding, HoogsteAanbieder, ct).ConfigureAwait(false), await HoogsteAsync(verbinding, HoogsteVerwijderd, ct).ConfigureAwait(false));
        await using var opdracht = new NpgsqlCommand(Pagina, verbinding);
        opdracht.Parameters.AddWithValue("p", grootte + 1);
        await using var lezer = await opdracht.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var aanbieders = new List<(Guid Id, AanbiederDto Dto, List<AangebodenBegeleidingDto> Aanbod)>();
        while (await lezer.ReadAsync(ct).ConfigureAwait(false))
        {
            var id = lezer.GetGuid(0);
            if (aanbieders.Count == 0 || aanbieders[^1].Id != id)
            {
                var aanbod = new List<AangebodenBegeleidingDto>();
                aanbieders.Add((id, new AanbiederDto(
                    lezer.GetString(2),
                    lezer.GetString(8),
                    lezer.IsDBNull(7) ? null : lezer.GetString(7),
                    lezer.GetFieldValue<DateOnly>(6),
                    lezer.IsDBNull(9) ? null : lezer.GetFieldValue<DateOnly>(9),
                    lezer.GetString(1),
                    new ErkenningDto(lezer.GetString(12), lezer.GetInt32(11), lezer.GetFieldValue<string[]>(13)),
                    JsonSerializer.Deserialize<List<CommunicatiecontextDto>>(lezer.GetString(3), JsonWeb)!,
                    aanbod,
                    lezer.IsDBNull(4) ? null : lezer.GetString(4),
                    MagWijzigen: false,
                    lezer.GetInt64(10),
                    lezer.GetFieldValue<DateTimeOffset>(5)), aanbod));
            }

            if (!lezer.IsDBNull(14))
            {
                aanbieders[^1].Aanbod.Add(new AangebodenBegeleidingDto(
                    lezer.GetGuid(14),
                    lezer.GetString(17),
                    lezer.GetFieldValue<DateOnly>(18),
                    lezer.IsDBNull(19) ? null : lezer.GetFieldValue<DateOnly>(19),
                    new WerkgebiedDto(lezer.GetFieldValue<string[]>(21), lezer.GetFieldValue<string[]>(20)),
                    lezer.IsDBNull(16) ? null : lezer.GetInt32(16)));
            }
        }

        var pagina = aanbieders.Take(grootte).Select(a => a.Dto).ToList();
        var meer = aanbieders.Count > grootte;
        return new AanbiederPaginaDto(
            pagina,
            meer ? await tokens.MaakAsync(new AanbiederCursor(aanbieders[grootte - 1].Id, vanaf, 0, aanbieders[grootte - 1].Dto.Naam), ct).ConfigureAwait(false) : null,
            meer ? null : await tokens.MaakAsync(new WijzigingenToken(vanaf, NederlandseTijd.Vandaag(klok), new AanbiederSelectie()), ct).ConfigureAwait(false));
    }

    private static async Task<long> HoogsteAsync(NpgsqlConnection verbinding, string sql, CancellationToken ct)
    {
        await using var opdracht = new NpgsqlCommand(sql, verbinding);
        return await opdracht.ExecuteScalarAsync(ct).ConfigureAwait(false) is long waarde ? waarde : 0;
    }
}
