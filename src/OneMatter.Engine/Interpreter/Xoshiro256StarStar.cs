namespace OneMatter.Engine.Interpreter;

/// <summary>
/// xoshiro256** 1.0 (Blackman and Vigna, https://prng.di.unimi.it/xoshiro256starstar.c), its
/// state filled from a 64-bit seed by SplitMix64 as the authors recommend. Written out here
/// rather than using <see cref="System.Random"/>, whose algorithm .NET does not promise to keep:
/// a 双随机 draw must re-run to the same picks years later, on any runtime, from its recorded
/// seed alone. Not for secrets; the seed is public by design.
/// </summary>
public sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the state with four SplitMix64 outputs of <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): advances <paramref name="x"/> and returns
    /// the next output.</summary>
    public static ulong SplitMix64(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) without modulo bias: outputs
    /// below 2^64 mod bound are rejected and the next one taken (as OpenBSD's arc4random_uniform).</summary>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var b = (ulong)bound;
        var threshold = (0UL - b) % b;
        ulong r;
        do
        {
            r = Next();
        }
        while (r < threshold);
        return (int)(r % b);
    }
}
