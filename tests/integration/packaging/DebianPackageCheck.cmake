# cmake -P: builds the Debian package with CPack into a throw-away folder, checks its name,
# control fields (runtime dependencies from dpkg-shlibdeps plus the SQLite plugin) and contents,
# extracts it with dpkg-deb into a throw-away root and runs each program with --version.
# Arguments: BUILD_DIR, WORK_DIR, EXPECTED_FILES and PROGRAMS ('|'-separated), VERSION, CPACK, DPKG_DEB.
string(REPLACE "|" ";" expected_files "${EXPECTED_FILES}")
string(REPLACE "|" ";" programs "${PROGRAMS}")

set(out_dir "${WORK_DIR}/deb")
file(REMOVE_RECURSE "${out_dir}")
file(MAKE_DIRECTORY "${out_dir}")
execute_process(COMMAND "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${out_dir}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()

file(GLOB debs "${out_dir}/contactdesk_${VERSION}_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one contactdesk_${VERSION}_<arch>.deb in ${out_dir}, found: ${debs}")
endif()
list(GET debs 0 deb)

foreach(field Package Version Section Maintainer Depends)
  execute_process(COMMAND "${DPKG_DEB}" --field "${deb}" ${field} OUTPUT_VARIABLE value RESULT_VARIABLE rc
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0 OR value STREQUAL "")
    message(FATAL_ERROR "the package has no ${field} field")
  endif()
  set(field_${field} "${value}")
  message(STATUS "${field}: ${value}")
endforeach()
if(NOT field_Package STREQUAL "contactdesk" OR NOT field_Version STREQUAL VERSION)
  message(FATAL_ERROR "package ${field_Package} ${field_Version}, expected contactdesk ${VERSION}")
endif()
# dpkg-shlibdeps found the shared libraries; the SQLite plugin is declared by hand.
foreach(dependency libqt6core6 libqt6network6 libqt6sql6 libqt6keychain1 libssl3 libc6 libqt6sql6-sqlite)
  if(NOT field_Depends MATCHES "(^|[ ,])${dependency}([ ,(]|$)")
    message(FATAL_ERROR "Depends lacks ${dependency}: ${field_Depends}")
  endif()
endforeach()

execute_process(COMMAND "${DPKG_DEB}" --contents "${deb}" OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb --contents failed")
endif()
foreach(f IN LISTS expected_files)
  string(FIND "${contents}" "./usr/${f}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package lacks /usr/${f}:\n${contents}")
  endif()
endforeach()

set(root "${WORK_DIR}/deb-root")
file(REMOVE_RECURSE "${root}")
execute_process(COMMAND "${DPKG_DEB}" -x "${deb}" "${root}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -x failed")
endif()
foreach(program IN LISTS programs)
  execute_process(COMMAND "${root}/usr/bin/${program}" --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
    message(FATAL_ERROR "extracted ${program} --version: exit ${rc}, output '${out}' '${err}'")
  endif()
  message(STATUS "${program} --version: ${out}")
endforeach()
file(REMOVE_RECURSE "${root}" "${out_dir}")
