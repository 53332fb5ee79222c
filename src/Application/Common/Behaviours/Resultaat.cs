using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>What the pipeline behaviours need to know of a handler's Result without knowing its value type.</summary>
internal static class Resultaat<TResponse>
{
    private static readonly Func<IReadOnlyList<Fout>, TResponse>? Mislukt = MaakMislukt();

    public static TResponse MetFouten(IReadOnlyList<Fout> fouten) =>
        Mislukt is null
            ? throw new InvalidOperationException($"{typeof(TResponse)} is not a Result<T>; validated messages must return a Result.")
            : Mislukt(fouten);

    public static bool IsGelukt(TResponse response) => response is not IUitkomst { IsGelukt: false };

    private static Func<IReadOnlyList<Fout>, TResponse>? MaakMislukt()
    {
        var type = typeof(TResponse);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
        {
            return null;
        }

        var method = type.GetMethod(nameof(Result<object>.Mislukt), [typeof(IReadOnlyList<Fout>)])!;
        return fouten => (TResponse)method.Invoke(null, [fouten])!;
    }
}
