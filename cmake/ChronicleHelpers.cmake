# chronicle_cc_library(NAME name HDRS ... SRCS ... DEPS ...)
# chronicle_cc_test(NAME name SRCS ... DEPS ...)
# Each component is one static library; its DEPS are the only components it
# may include, which keeps the stage layering explicit.

set(CHRONICLE_WARNINGS -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)

function(chronicle_apply_flags target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE ${CHRONICLE_WARNINGS})
  if(CHRONICLE_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
endfunction()

function(chronicle_cc_library)
  cmake_parse_arguments(CC "" "NAME" "HDRS;SRCS;DEPS" ${ARGN})
  add_library(${CC_NAME} STATIC ${CC_SRCS} ${CC_HDRS})
  target_include_directories(${CC_NAME} PUBLIC
    ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/generated)
  target_link_libraries(${CC_NAME} PUBLIC ${CC_DEPS})
  chronicle_apply_flags(${CC_NAME})
endfunction()

function(chronicle_cc_test)
  cmake_parse_arguments(CC "" "NAME" "SRCS;DEPS;LABELS" ${ARGN})
  add_executable(${CC_NAME} ${CC_SRCS})
  target_link_libraries(${CC_NAME} PRIVATE ${CC_DEPS} GTest::gtest GTest::gtest_main GTest::gmock)
  chronicle_apply_flags(${CC_NAME})
  target_compile_definitions(${CC_NAME} PRIVATE
    CHRONICLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${CC_NAME} COMMAND ${CC_NAME} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  if(CC_LABELS)
    set_tests_properties(${CC_NAME} PROPERTIES LABELS "${CC_LABELS}")
  endif()
endfunction()
