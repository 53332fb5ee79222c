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
    public static Codelijst<Importuitkomst> Lijst { get; } = new(new Dictionary<Importuitkomst, string>
    {
        [Importuitkomst.Nieuw] = "nieuw",
        [Importuitkomst.Gewijzigd] = "gewijzigd",
        [Importuitkomst.Ongewijzigd] = "ongewijzigd",
    });
}

public static class ImportonderwerpCodes
{
    public static Codelijst<Importonderwerp> Lijst { get; } = new(new Dictionary<Importonderwerp, string>
    {
        [Importonderwerp.Schoolbestuur] = "schoolbestuur",
        [Importonderwerp.School] = "school",
    });
}
