# cmake -P: installs the build into a throw-away DESTDIR, checks that every expected file is
# there (and the metainfo names this version), and runs each installed program with --version.
# Arguments: BUILD_DIR, WORK_DIR, EXPECTED_FILES and PROGRAMS ('|'-separated), VERSION, METAINFO.
string(REPLACE "|" ";" expected_files "${EXPECTED_FILES}")
string(REPLACE "|" ";" programs "${PROGRAMS}")

file(READ "${METAINFO}" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" newest_release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "the newest <release> of the metainfo is '${CMAKE_MATCH_1}', the project is '${VERSION}'")
endif()

set(root "${WORK_DIR}/install-root")
file(REMOVE_RECURSE "${root}")
set(ENV{DESTDIR} "${root}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

foreach(f IN LISTS expected_files)
  if(NOT EXISTS "${root}/usr/${f}")
    message(FATAL_ERROR "not installed: /usr/${f}")
  endif()
endforeach()

foreach(program IN LISTS programs)
  execute_process(COMMAND "${root}/usr/bin/${program}" --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
    message(FATAL_ERROR "installed ${program} --version: exit ${rc}, output '${out}' '${err}'")
  endif()
  message(STATUS "${program} --version: ${out}")
endforeach()
file(REMOVE_RECURSE "${root}")
