using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>How a document came into the dossier: uploaded by a person, or an attachment of an imported OSO dossier.</summary>
public enum Documentherkomst
{
    Upload,
    OsoImport,
}

public static class DocumentherkomstCodes
{
    public static Codelijst<Documentherkomst> Lijst { get; } = new(
        "herkomst",
        new Dictionary<Documentherkomst, (string Code, string Label)>
        {
            [Documentherkomst.Upload] = ("upload", "Geüpload"),
            [Documentherkomst.OsoImport] = ("oso-import", "Uit OSO-dossier"),
        });
}
