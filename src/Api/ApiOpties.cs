namespace PassendOnderwijs.Api;

/// <summary>Facts about the published API that the contract, the headers and the tests share.</summary>
public static class ApiOpties
{
    /// <summary>SemVer of the contract; sent as API-Version on every response and published as info.version.</summary>
    public const string Versie = "1.0.0";

    public const string Basispad = "/api/v1";

    public const string DocumentNaam = "v1";

    public const string ContractPad = Basispad + "/openapi.json";
}
