using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;

/// <summary>What an import does (or in a dry run would do) with one schoolbestuur or school.</summary>
public enum Importuitkomst
{
    Nieuw,
    Gewijzigd,
    Ongewijzigd,
}

/// <summary>What a line of the import report is about.</summary>
public enum Importonderwerp
{
    Schoolbestuur,
    School,
}

public static class ImportuitkomstCodes
{
    public static Codelijst<Importuitkomst> Lijst { get; } = new(
        "uitkomst",
        new Dictionary<Importuitkomst, (string Code, string Label)>
        {
            [Importuitkomst.Nieuw] = ("nieuw", "Nieuw"),
            [Importuitkomst.Gewijzigd] = ("gewijzigd", "Gewijzigd"),
            [Importuitkomst.Ongewijzigd] = ("ongewijzigd", "Ongewijzigd"),
        });
}

public static class ImportonderwerpCodes
{
    public static Codelijst<Importonderwerp> Lijst { get; } = new(
        "onderwerp",
        new Dictionary<Importonderwerp, (string Code, string Label)>
        {
            [Importonderwerp.Schoolbestuur] = ("schoolbestuur", "Schoolbestuur"),
            [Importonderwerp.School] = ("school", "School"),
        });
}
