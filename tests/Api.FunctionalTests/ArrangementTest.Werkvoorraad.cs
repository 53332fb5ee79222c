using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>Paging a werkvoorraad (arrangementen, TLV's, OPP's): every one pages the same way, so their tests walk it the same way.</summary>
public abstract partial class ArrangementTest
{
    /// <summary>Every page of the werkvoorraad at <paramref name="pad"/>, <paramref name="pageSize"/> lines at a time, following volgendeCursor.</summary>
    protected async Task<List<(int Totaal, List<JsonElement> Lijnen)>> WerkvoorraadPaginasAsync(string pad, string token, int pageSize)
    {
        List<(int, List<JsonElement>)> paginas = [];
        string? cursor = null;
        do
        {
            var pagina = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{pad}?pageSize={pageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"), token: token);
            paginas.Add((pagina.GetProperty("totaal").GetInt32(), [.. pagina.GetProperty("items").EnumerateArray()]));
            cursor = pagina.TryGetProperty("volgendeCursor", out var volgende) && volgende.ValueKind == JsonValueKind.String ? volgende.GetString() : null;
        }
        while (cursor is not null && paginas.Count < 50);

        return paginas;
    }

    /// <summary>
    /// The werkvoorraad at <paramref name="pad"/> (with at least two lines for <paramref name="token"/>) refuses a changed
    /// cursor, something that is no cursor, <paramref name="vreemdeCursor"/> (of another list) and a page size out of
    /// bounds, each with a 400 problem that names it.
    /// </summary>
    protected async Task WeigertFoutePaginaAsync(string pad, string token, string vreemdeCursor)
    {
        var cursor = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{pad}?pageSize=1", token: token)).GetProperty("volgendeCursor").GetString()!;
        var veranderd = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];
        foreach (var fout in new[] { veranderd, "geen-cursor", vreemdeCursor })
        {
            var probleem = await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{pad}?cursor={Uri.EscapeDataString(fout)}", token: token);
            probleem.GetProperty("status").GetInt32().ShouldBe(400);
            probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldContain("ongeldige-cursor");
        }

        foreach (var grootte in new[] { 0, 101 })
        {
            var te = await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{pad}?pageSize={grootte}", token: token);
            te.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldContain("ongeldige-page-size");
        }
    }
}
