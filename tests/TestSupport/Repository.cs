namespace PassendOnderwijs.TestSupport;

public static class Repository
{
    /// <summary>The checkout's root folder (where PassendOnderwijs.sln is), found from the test binaries upwards.</summary>
    public static string Root { get; } = ZoekRoot();

    private static string ZoekRoot()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "PassendOnderwijs.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException("PassendOnderwijs.sln not found above " + AppContext.BaseDirectory);
    }
}
