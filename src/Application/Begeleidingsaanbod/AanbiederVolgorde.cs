using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// The orders of the register: by naam (ties broken by id, so the order is total and a page never repeats or skips a
/// row) or by code (unique on its own), either way round. Names compare as PostgreSQL orders them (the column's
/// collation), since both the ORDER BY and the cursor's comparison run there.
/// </summary>
internal static class AanbiederVolgorde
{
    public static IOrderedQueryable<Onderwijsbegeleidingsaanbieder> Orden(this IQueryable<Onderwijsbegeleidingsaanbieder> aanbieders, int volgorde) =>
        AanbiederSortering.Alle[volgorde] switch
        {
            AanbiederSortering.NaamAflopend => aanbieders.OrderByDescending(o => o.Naam).ThenByDescending(o => o.Id),
            AanbiederSortering.Code => aanbieders.OrderBy(o => o.Code),
            AanbiederSortering.CodeAflopend => aanbieders.OrderByDescending(o => o.Code),
            _ => aanbieders.OrderBy(o => o.Naam).ThenBy(o => o.Id),
        };

    /// <summary>The aanbieders after the row the cursor names, in the same order.</summary>
    public static IQueryable<Onderwijsbegeleidingsaanbieder> Na(this IQueryable<Onderwijsbegeleidingsaanbieder> aanbieders, int volgorde, AanbiederCursor cursor)
    {
        var na = cursor.Na;
        var sleutel = cursor.Sleutel ?? string.Empty;

        // A code cursor carries a code this list wrote; the converted column compares with it through ObaCode's operators.
        var code = ObaCode.Parse(cursor.Sleutel).Lukt(out var gelezen) ? gelezen : null;

        // string.Compare becomes the SQL comparison in the column's collation, the same one the ORDER BY uses.
#pragma warning disable CA1309
        return AanbiederSortering.Alle[volgorde] switch
        {
            AanbiederSortering.NaamAflopend => aanbieders.Where(o => string.Compare(o.Naam, sleutel) < 0 || (o.Naam == sleutel && o.Id.CompareTo(na) < 0)),
            AanbiederSortering.Code => aanbieders.Where(o => o.Code > code!),
            AanbiederSortering.CodeAflopend => aanbieders.Where(o => o.Code < code!),
            _ => aanbieders.Where(o => string.Compare(o.Naam, sleutel) > 0 || (o.Naam == sleutel && o.Id.CompareTo(na) > 0)),
        };
#pragma warning restore CA1309
    }
}
