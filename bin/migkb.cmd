@echo off
rem Runs migkb on Windows from the distribution (lib\migkb.jar beside this folder).
rem Needs a Java 17 runtime: JAVA_HOME, or java on the PATH. MIGKB_JAVA_OPTS adds JVM options,
rem e.g. set MIGKB_JAVA_OPTS=-Xmx4g for a case too big for the default heap.
setlocal
set "MIGKB_HOME=%~dp0.."
set "MIGKB_JAR=%MIGKB_HOME%\lib\migkb.jar"
if not exist "%MIGKB_JAR%" (
    echo migkb: %MIGKB_JAR% not found: run this launcher from the unpacked distribution 1>&2
    exit /b 2
)
set "JAVA_CMD=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"

rem C1 alone starts and finishes a small case faster; the service runs for hours and keeps the
rem default tiered compilation (docs/benchmarks.md). MIGKB_JIT overrides: set MIGKB_JIT=tiered.
set "JIT=-XX:TieredStopAtLevel=1"
if /I "%~1"=="serve" set "JIT="
if /I "%MIGKB_JIT%"=="tiered" set "JIT="

"%JAVA_CMD%" %JIT% %MIGKB_JAVA_OPTS% -jar "%MIGKB_JAR%" %*
exit /b %ERRORLEVEL%
